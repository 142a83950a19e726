package org.spyglass.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.compress.archivers.ArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Writes zip, tar and tar.gz archives in a test, member by member, with names kept exactly as given (absolute,
 * {@code ..}, backslashes) so hostile archives can be built as easily as ordinary ones.
 */
public final class ArchiveBuilder {
    /** The modification time given to members unless a test sets another. */
    public static final Instant MODIFIED = Instant.parse("2024-03-02T10:15:30Z");

    private enum Kind { FILE, DIRECTORY, SYMLINK, HARD_LINK, FIFO, CHAR_DEVICE }

    private record Member(String name, Kind kind, byte[] content, String linkTarget) {
    }

    private final List<Member> members = new ArrayList<>();

    public static ArchiveBuilder create() {
        return new ArchiveBuilder();
    }

    public ArchiveBuilder file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public ArchiveBuilder file(String name, byte[] content) {
        members.add(new Member(name, Kind.FILE, content.clone(), null));
        return this;
    }

    public ArchiveBuilder directory(String name) {
        members.add(new Member(name.endsWith("/") ? name : name + "/", Kind.DIRECTORY, new byte[0], null));
        return this;
    }

    public ArchiveBuilder symlink(String name, String target) {
        members.add(new Member(name, Kind.SYMLINK, new byte[0], target));
        return this;
    }

    /** A tar hard link; in a zip, written as a symbolic link (zip has no hard links). */
    public ArchiveBuilder hardLink(String name, String target) {
        members.add(new Member(name, Kind.HARD_LINK, new byte[0], target));
        return this;
    }

    /** Tar only. */
    public ArchiveBuilder fifo(String name) {
        members.add(new Member(name, Kind.FIFO, new byte[0], null));
        return this;
    }

    /** Tar only. */
    public ArchiveBuilder charDevice(String name) {
        members.add(new Member(name, Kind.CHAR_DEVICE, new byte[0], null));
        return this;
    }

    public Path writeTar(Path file) throws IOException {
        return Files.write(file, tarBytes());
    }

    public Path writeTarGz(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(bytes)) {
            gzip.write(tarBytes());
        }
        return Files.write(file, bytes.toByteArray());
    }

    public Path writeZip(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Member member : members) {
                ZipArchiveEntry entry = new ZipArchiveEntry(member.name());
                entry.setTime(MODIFIED.toEpochMilli());
                byte[] content = member.content();
                switch (member.kind()) {
                    case SYMLINK, HARD_LINK -> {
                        entry.setUnixMode(0120777);
                        content = member.linkTarget().getBytes(StandardCharsets.UTF_8);
                    }
                    case FIFO, CHAR_DEVICE -> throw new IllegalStateException("zip has no " + member.kind());
                    default -> { }
                }
                put(zip, entry, content);
            }
        }
        return file;
    }

    private byte[] tarBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Member member : members) {
                TarArchiveEntry entry = switch (member.kind()) {
                    case FILE, DIRECTORY -> new TarArchiveEntry(member.name(), true);
                    case SYMLINK -> new TarArchiveEntry(member.name(), TarConstants.LF_SYMLINK, true);
                    case HARD_LINK -> new TarArchiveEntry(member.name(), TarConstants.LF_LINK, true);
                    case FIFO -> new TarArchiveEntry(member.name(), TarConstants.LF_FIFO, true);
                    case CHAR_DEVICE -> new TarArchiveEntry(member.name(), TarConstants.LF_CHR, true);
                };
                if (member.linkTarget() != null) {
                    entry.setLinkName(member.linkTarget());
                }
                entry.setModTime(Date.from(MODIFIED));
                entry.setSize(member.kind() == Kind.FILE ? member.content().length : 0);
                put(tar, entry, member.kind() == Kind.FILE ? member.content() : new byte[0]);
            }
        }
        return bytes.toByteArray();
    }

    private static <E extends org.apache.commons.compress.archivers.ArchiveEntry> void put(
            ArchiveOutputStream<E> out, E entry, byte[] content) throws IOException {
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }
}
