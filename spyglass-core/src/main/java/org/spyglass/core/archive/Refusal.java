package org.spyglass.core.archive;

/** Why a member of an archive was not extracted; extraction goes on with the next member. */
public enum Refusal {
    /** An absolute name, a drive letter, a {@code ..} component, a backslash or a control character. */
    UNSAFE_NAME("their names would leave the extraction folder or are not plain relative paths"),
    /** Symbolic and hard links are never created, so nothing can point outside the extraction folder. */
    LINK("they are links, which are never created"),
    /** Character and block devices and FIFOs are never created. */
    SPECIAL_FILE("they are devices or FIFOs, which are never created"),
    /** A second member with a name already extracted; the first one is kept. */
    DUPLICATE("their names were already extracted (the first copy was kept)"),
    /** Encrypted, or compressed with a method the reader does not support. */
    UNREADABLE("they are encrypted or use an unsupported compression method"),
    /** The file could not be created in the extraction folder (a name clash with a folder, a name too long). */
    UNWRITABLE("they could not be written to the extraction folder");

    private final String because;

    Refusal(String because) {
        this.because = because;
    }

    /** The end of a sentence {@code N members were skipped because ...}. */
    public String because() {
        return because;
    }
}
