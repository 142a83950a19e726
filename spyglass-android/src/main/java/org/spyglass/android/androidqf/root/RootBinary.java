package org.spyglass.android.androidqf.root;

import java.util.Objects;

/**
 * One root tool AndroidQF found on the device ({@code root_binaries.json}).
 *
 * @param path        where it was found, as listed
 * @param name        its file name ({@code su}, {@code magisk})
 * @param description what the tool is, or a generic sentence for a name Spyglass does not know
 * @param file        the device path of the listing
 */
public record RootBinary(String path, String name, String description, String file) {
    public RootBinary {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(file, "file");
    }
}
